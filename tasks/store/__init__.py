"""The only way into DuckDB: migrations, staging, idempotent loads, and every read query the flows need.

Only this package imports duckdb. It turns records into rows and rows into tables; it decides nothing
about what an article says.
"""
