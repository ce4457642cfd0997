"""Reach the web safely, decide when to poll, read feeds: the only package that speaks HTTP to the world.

Only `http.py` opens sockets; the rest (urls, netguard, polling, parse_feed, feedlist) are pure. Nothing here
touches DuckDB or knows what an article means.
"""
