"""The deterministic demo organisation: a believable company, its customers and conversations.

- `conversations`: pure-Python generator of customer-service conversations (no Django), also
  used by the CARE speed benchmark;
- `scenarios`, `styles`, `pools`: the writing the generator draws from;
- `organisation`: the company as plain data (teams, people, demo logins, customers);
- `load`: stores all of it in the database (Django).
"""
