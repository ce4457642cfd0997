"""Scale-out mode: poll-feeds fans the feed list out over N partition runs on the work pool; a loader loads.

`poll-feeds` with `partitions=N` (N > 1) starts N runs of the `poll-partition` deployment (prefect.yaml)
with `run_deployment`, one per k in 0..N-1, and waits for them. Run k takes the feeds whose id (16 hex
chars of sha256, so the same on every machine) is k modulo N, polls them, processes their queued
pages and stages every batch, exactly as a one-machine run does, but never loads: after each batch is
durably staged it emits `newsflow.batch.staged`, and the `load-staged` deployment (flows/load_staged.py),
triggered by those events with a concurrency limit of one, is the only writer.

A partition run reads its state (which feeds are due, their validators, the queued entries) with
`RunState(live=False)`: the read snapshot the loader publishes after each load (from the staging URL
when staging is object storage) plus every batch staged since, never the live warehouse, which the
loader holds and which another machine does not have. Each feed's new state travels in the same staged
batch as the entries it queued, so it reaches the warehouse through the loader, and the next cycle's
partitions poll with its validators. A story listed by feeds of two partitions may be fetched by both;
the load keeps one article (content-derived ids) and the loader announces it once.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from prefect import get_run_logger
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment

from flows.naming import name_this_run
from tasks.errors import NewsflowError
from tasks.wording import count

#: the deployment poll-feeds starts once per partition (prefect.yaml)
PARTITION_DEPLOYMENT = "poll-partition/poll-partition"
#: how often the fan-out run looks at its partition runs while it waits for them
WAIT_POLL_S = 2.0


class ScaleOutError(NewsflowError):
    """A partition number out of range, or a partition run that did not complete."""


def partition_of(feed_id: str, partitions: int) -> int:
    """The partition a feed belongs to: its hex id modulo N (unlike hash(), the same in every process)."""
    return int(feed_id, 16) % partitions


@dataclass(frozen=True)
class FanOut:
    """What a scale-out poll-feeds run did: which partition runs it started and how they ended."""

    partitions: int
    flow_run_ids: tuple[str, ...]
    states: tuple[str, ...]


def _wait_for(flow_run_ids: list[str]) -> list[Any]:
    """Wait until every run reached a final state; returns them, as the API reports them."""
    with get_client(sync_client=True) as client:
        while True:
            runs = [client.read_flow_run(uuid.UUID(i)) for i in flow_run_ids]
            if all(r.state is not None and r.state.is_final() for r in runs):
                return runs
            time.sleep(WAIT_POLL_S)


def fan_out(partitions: int, parameters: dict[str, Any]) -> FanOut:
    """Start one poll-partition run per partition, wait for all of them, and fail if any did not complete.

    The runs are subflows of this one in the UI. This run keeps its poll-feeds concurrency slot while
    it waits, so the next scheduled cycle queues behind the whole fan-out, as it does behind one run.
    """
    if partitions < 2:
        raise ScaleOutError(f"partitions={partitions}: use 1 for one machine, or 2 or more to scale out")
    started = [
        run_deployment(
            PARTITION_DEPLOYMENT,
            parameters={**parameters, "partition": k, "partitions": partitions},
            flow_run_name=f"partition {k + 1} of {partitions}",
            timeout=0,  # start them all, then wait
        )
        for k in range(partitions)
    ]
    get_run_logger().info("started %s on the work pool", count(partitions, "partition runs"))
    finished = _wait_for([str(r.id) for r in started])
    states = tuple(r.state.name for r in finished)
    failed = [r for r in finished if not r.state.is_completed()]
    name_this_run(f"{count(partitions, 'partitions')}, {len(finished) - len(failed)} completed")
    if failed:
        raise ScaleOutError(
            f"{count(len(failed), 'partition runs')} of {partitions} did not complete: "
            + ", ".join(f"{r.name} ({r.state.name})" for r in failed)
            + "; what they staged is loaded all the same, and the next cycle polls their feeds again"
        )
    return FanOut(partitions, tuple(str(r.id) for r in finished), states)
