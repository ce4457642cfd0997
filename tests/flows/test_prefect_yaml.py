"""prefect.yaml stays true to the code: every entrypoint imports, every parameter exists, the trigger
is a valid Prefect 3 trigger that matches the events tasks/notify/events.py emits. Fast: no server.
"""

from __future__ import annotations

import importlib
import inspect
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from prefect import Flow
from prefect.events import DeploymentEventTrigger
from prefect.events.schemas.events import Resource

from flows.serve import DEPLOYMENTS, POOL
from schemas.records import ArticleSummary
from tasks.notify import events

PREFECT_YAML = Path(__file__).resolve().parents[2] / "prefect.yaml"


def _deployments() -> dict[str, dict[str, Any]]:
    config = yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))
    return {d["name"]: d for d in config["deployments"]}


def _flow(entrypoint: str) -> Flow:
    path, name = entrypoint.split(":")
    return getattr(importlib.import_module(path.removesuffix(".py").replace("/", ".")), name)


def test_every_deployment_runs_on_the_process_pool() -> None:
    deployments = _deployments()
    assert tuple(deployments) == DEPLOYMENTS
    assert {d["work_pool"]["name"] for d in deployments.values()} == {POOL}


@pytest.mark.parametrize("name", DEPLOYMENTS)
def test_entrypoint_is_a_flow_that_takes_the_documented_parameters(name: str) -> None:
    deployment = _deployments()[name]
    flow = _flow(deployment["entrypoint"])
    assert isinstance(flow, Flow)
    assert set(deployment.get("parameters", {})) <= set(inspect.signature(flow.fn).parameters)


def test_only_poll_feeds_and_digest_run_on_a_clock() -> None:
    deployments = _deployments()
    assert deployments["poll-feeds"]["schedules"] == [{"interval": 900, "active": True}]
    assert deployments["daily-digest"]["schedules"][0]["cron"] == "0 7 * * *"
    assert "schedules" not in deployments["enforcement-alerts"]
    assert "schedules" not in deployments["reprocess"]
    assert "schedules" not in deployments["poll-partition"]  # started by poll-feeds
    assert "schedules" not in deployments["load-staged"]  # started by events


def test_poll_feeds_runs_queue_instead_of_racing() -> None:
    """A scheduled and a manual run at once: the second waits for the first (Prefect deployment concurrency)."""
    assert _deployments()["poll-feeds"]["concurrency_limit"] == {"limit": 1, "collision_strategy": "ENQUEUE"}


def test_trigger_matches_enforcement_tagged_events_only() -> None:
    (spec,) = _deployments()["enforcement-alerts"]["triggers"]
    trigger = DeploymentEventTrigger(**{k: v for k, v in spec.items() if k != "type"})
    enforcement, other = (
        events.plan_article_events(
            [ArticleSummary("a1", "https://x.example/1", "t", is_enforcement=flag)], "/w.duckdb"
        )[-1]
        for flag in (True, False)
    )
    assert trigger.expect == {enforcement.event}
    # Prefect's own matcher, the one the server's trigger service uses on each event's resource
    assert trigger.match.matches(Resource(enforcement.resource))
    assert not trigger.match.matches(Resource(other.resource))


def _render_trigger_parameters(spec: dict[str, Any], event: events.PlannedEvent) -> dict[str, Any]:
    """What the server's RunDeployment action passes to the triggered run (its own templating code)."""
    from prefect.server.events.actions import RunDeployment
    from prefect.utilities.schema_tools.hydration import HydrationContext, hydrate

    context = HydrationContext(
        raise_on_error=True, render_jinja=True, jinja_context={"event": {"payload": event.payload}}
    )
    wrapped = {name: RunDeployment._wrap_v1_template(t) for name, t in spec["parameters"].items()}
    return hydrate(wrapped, context)


def test_trigger_hands_the_alert_run_the_warehouse_the_story_was_loaded_into() -> None:
    (spec,) = _deployments()["enforcement-alerts"]["triggers"]
    article = ArticleSummary("a1", "https://x.example/1", "t", is_enforcement=True)
    tagged = events.plan_article_events([article], "/srv/news/other.duckdb")[-1]
    assert _render_trigger_parameters(spec, tagged) == {"db_path": "/srv/news/other.duckdb"}
    # an event sent by hand without a db_path falls back to the default warehouse instead of failing
    bare = events.PlannedEvent(event=tagged.event, resource=tagged.resource, payload={"enforcement": True})
    assert _render_trigger_parameters(spec, bare) == {"db_path": None}
    # bursts are grouped per warehouse, so a second warehouse loaded within 30 s still gets its alert run
    assert spec["for_each"] == [events.WAREHOUSE_LABEL] and events.WAREHOUSE_LABEL in tagged.resource
    assert spec["description"]


def test_one_loader_at_a_time_and_a_batch_staged_during_a_load_gets_a_load_after_it() -> None:
    assert _deployments()["load-staged"]["concurrency_limit"] == {"limit": 1, "collision_strategy": "ENQUEUE"}


def test_loader_trigger_matches_staged_batches_and_hands_on_their_warehouse_and_staging() -> None:
    (spec,) = _deployments()["load-staged"]["triggers"]
    trigger = DeploymentEventTrigger(**{k: v for k, v in spec.items() if k != "type"})
    staged = events.plan_batch_event("s3://bucket/stg/0001-1-ab", "0001-1-ab", "s3://bucket/stg", "/srv/w.duckdb")
    assert staged.event == events.BATCH_STAGED and trigger.expect == {events.BATCH_STAGED}
    assert trigger.match.matches(Resource(staged.resource))
    assert _render_trigger_parameters(spec, staged) == {"db_path": "/srv/w.duckdb", "staging": "s3://bucket/stg"}
    # debounced: the run is scheduled no earlier than the end of the window whose events it absorbs
    assert trigger.posture == "Reactive" and trigger.threshold == 1
    assert trigger.schedule_after == trigger.within > timedelta(0)
    assert spec["for_each"] == [events.WAREHOUSE_LABEL] and events.WAREHOUSE_LABEL in staged.resource
    # a local staging folder is handed on as an absolute path: the loader may run in another directory
    local = events.plan_batch_event("stg/0001-1-ab", "0001-1-ab", "stg", "w.duckdb")
    assert Path(local.payload["staging"]).is_absolute() and Path(local.payload["db_path"]).is_absolute()


def test_poll_partition_takes_what_poll_feeds_hands_it() -> None:
    from flows import fan_out

    partition_flow = _flow(_deployments()["poll-partition"]["entrypoint"])
    assert f"{partition_flow.name}/poll-partition" == fan_out.PARTITION_DEPLOYMENT
    handed = {"feeds_file", "db_path", "allow_private_networks", "force", "partition", "partitions"}
    assert handed <= set(inspect.signature(partition_flow.fn).parameters)
