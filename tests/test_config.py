"""tasks/config.py: a staging URL stays a URL, a path becomes a Path, from the environment and from overrides."""

from __future__ import annotations

from pathlib import Path

from tasks.config import load_settings


def test_a_staging_url_is_kept_whole_and_a_path_is_a_path() -> None:
    url = "s3://bucket/newsflow/staging"
    assert load_settings({"NEWSFLOW_STAGING_DIR": url}).staging_dir == url  # Path() would make it "s3:/bucket/..."
    assert load_settings({}, staging_dir="file:///srv/staging").staging_dir == "file:///srv/staging"
    assert load_settings({"NEWSFLOW_STAGING_DIR": "~/staging"}).staging_dir == Path.home() / "staging"
    # the warehouse's default staging folder still follows a db_path override
    assert load_settings({}, db_path="/srv/w.duckdb").staging_dir == Path("/srv/w.duckdb.staging")
