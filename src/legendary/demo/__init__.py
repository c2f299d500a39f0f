"""The deterministic demo organisation: a believable company, its customers and conversations.

- `conversations`: pure-Python generator of customer-service conversations (no Django), also
  used by the CARE speed benchmark (`generate_conversations(seed, count, long=True)`);
- `scenarios` (texts in `data/scenarios.json`), `styles`, `voices`, `pools`: the writing the
  generator draws from; `packaged` reads the JSON with errors that name file and field;
- `organisation`: the company as plain data (teams and people in `data/people.json`, demo
  logins, customers with segments and preferences);
- `load`: stores all of it in the database (Django) and runs other apps' `DEMO_STEPS`.
"""
