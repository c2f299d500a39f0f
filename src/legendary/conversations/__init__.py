"""Customers, their conversations with the organisation, and the scores of those conversations."""
