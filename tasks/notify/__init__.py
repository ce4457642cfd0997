"""What Prefect and people are told: events, artifacts, alert and digest text.

It formats what the store read back and what a run did; it never opens DuckDB or a socket itself (the
webhook POST goes through tasks/fetch/http.py).
"""
