"""Flow runs named for what they did, so the UI's runs list reads like a newsroom log.

Prefect names a run at random ("abiding-quokka") before it starts; newsflow renames it as soon as the
flow knows what it did ("3 new enforcement stories"), and from then on its log lines carry that name.
"""

from __future__ import annotations

from datetime import datetime


def name_this_run(name: str) -> str:
    """Rename the current flow run in Prefect and in its logger; returns `name`. No-op outside a flow run."""
    from prefect.client.orchestration import get_client
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    if context is None or context.flow_run is None:
        return name
    with get_client(sync_client=True) as client:
        client.update_flow_run(flow_run_id=context.flow_run.id, name=name)
    context.flow_run.name = name  # get_run_logger() reads it: later lines say "Flow run '<name>'"
    return name


def artifact_title(run_name: str, at: datetime) -> str:
    """An artifact's title: the run's name and when, e.g. "2 feeds, 5 new articles, 2026-12-05 07:15 UTC"."""
    return f"{run_name}, {at:%Y-%m-%d %H:%M} UTC"
