"""Download fine-tuned checkpoints from the experiment tracker and load them."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import requests
import torch

from .nets import build_classifier

log = logging.getLogger(__name__)

TRACKER_URL = os.environ["EXPERIMENT_TRACKER_URL"]
CACHE = Path(os.environ.get("CKPT_CACHE", "~/.cache/ckpts")).expanduser()


def download_checkpoint(run_id: str, token: str) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    dest = CACHE / f"{run_id}.pt"
    if dest.exists():
        return dest
    url = f"{TRACKER_URL}/api/runs/{run_id}/artifacts/model.pt"
    with requests.get(url, headers={"Authorization": f"Bearer {token}"}, stream=True, timeout=300) as r:
        r.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in r.iter_content(1 << 20):
                fh.write(chunk)
    return dest


def load_classifier(run_id: str, num_classes: int, device: str = "cpu") -> torch.nn.Module:
    path = download_checkpoint(run_id, os.environ["EXPERIMENT_TRACKER_TOKEN"])
    state_dict = torch.load(path, map_location=device, weights_only=True)
    model = build_classifier(num_classes=num_classes)
    missing, unexpected = model.load_state_dict(state_dict, strict=False)
    if missing or unexpected:
        log.warning("checkpoint %s: missing=%s unexpected=%s", run_id, missing, unexpected)
    return model.to(device).eval()
