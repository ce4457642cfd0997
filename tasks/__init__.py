"""The pipeline's stages, in the order an article passes through them: fetch -> extract -> analysis -> store
-> notify, with `ingest.py` composing them into the cycle's steps; `config.py` and `errors.py` serve all.

A stage imports only from stages before it (and from config, errors, schemas); never from a later one.
"""
