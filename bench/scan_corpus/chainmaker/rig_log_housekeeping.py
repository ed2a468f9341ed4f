"""Housekeeping for proof-load test rig logs.

Rig controllers upload raw load/extension traces; quality engineers select
traces to discard from the QA web app, which enqueues this task.
"""
import logging
import os

from celery import shared_task

from chainmaker.settings import RIG_LOG_ROOT

log = logging.getLogger(__name__)

PROTECTED_SUFFIXES = (".signed", ".cert")


def _trace_location(rig_id: str, trace_name: str) -> str:
    return os.path.join(RIG_LOG_ROOT, rig_id, "traces", trace_name)


@shared_task(name="rig.discard_traces")
def discard_traces(payload: dict) -> dict:
    rig_id = payload["rig_id"]
    removed, skipped = [], []
    for trace_name in payload.get("traces", []):
        location = _trace_location(rig_id, trace_name)
        if trace_name.endswith(PROTECTED_SUFFIXES) or not os.path.exists(location):
            skipped.append(trace_name)
            continue
        os.remove(location)
        removed.append(trace_name)
    log.info(
        "rig %s: discarded %d trace(s), skipped %d, requested by %s",
        rig_id, len(removed), len(skipped), payload.get("requested_by"),
    )
    return {"removed": removed, "skipped": skipped}


@shared_task(name="rig.trace_usage")
def trace_usage(rig_id: str) -> int:
    folder = os.path.join(RIG_LOG_ROOT, rig_id, "traces")
    return sum(entry.stat().st_size for entry in os.scandir(folder) if entry.is_file())
