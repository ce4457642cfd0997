"""prefect.yaml stays true to the code: every entrypoint imports, every parameter exists, the trigger
is a valid Prefect 3 trigger that matches the events tasks/notify/events.py emits. Fast: no server.
"""

from __future__ import annotations

import importlib
import inspect
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


def test_the_four_deployments_run_on_the_process_pool() -> None:
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


def test_trigger_matches_enforcement_tagged_events_only() -> None:
    (spec,) = _deployments()["enforcement-alerts"]["triggers"]
    trigger = DeploymentEventTrigger(**{k: v for k, v in spec.items() if k != "type"})
    enforcement, other = (
        events.plan_article_events([ArticleSummary("a1", "https://x.example/1", "t", is_enforcement=flag)])[-1]
        for flag in (True, False)
    )
    assert trigger.expect == {enforcement.event}
    # Prefect's own matcher, the one the server's trigger service uses on each event's resource
    assert trigger.match.matches(Resource(enforcement.resource))
    assert not trigger.match.matches(Resource(other.resource))
