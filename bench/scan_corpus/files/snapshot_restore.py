"""Worker task: restore a simulation run from a user-uploaded state snapshot.

Snapshots are produced by the desktop client (``shelve`` databases) and
uploaded to the snapshot store before the job is queued.
"""
import logging
import os
import shelve
import tempfile

import requests

from simcloud.config import settings
from simcloud.runs import Run

log = logging.getLogger(__name__)

CHUNK = 1 << 20


def _download(snapshot_id: str, target: str) -> None:
    url = f"{settings.SNAPSHOT_STORE_URL}/snapshots/{snapshot_id}"
    with requests.get(url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with open(target, "wb") as fh:
            for chunk in resp.iter_content(CHUNK):
                fh.write(chunk)


def restore_run(job: dict) -> Run:
    run = Run.get(job["run_id"])
    with tempfile.TemporaryDirectory(prefix="snap-") as tmp:
        path = os.path.join(tmp, "state")
        _download(job["snapshot_id"], path)
        with shelve.open(path, flag="r") as shelf:
            state = dict(shelf)

    run.step = int(state.get("step", 0))
    run.parameters.update(state.get("parameters", {}))
    run.load_fields(state.get("fields", {}))
    run.save()
    log.info("restored run %s at step %d", run.id, run.step)
    return run
