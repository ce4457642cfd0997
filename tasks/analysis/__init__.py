"""Article text -> enforcement tag, typed counts, quotes, agencies, operations, places (see README.md).

Pure functions of the text and its publication date: no network, no DuckDB, no Prefect.
"""
