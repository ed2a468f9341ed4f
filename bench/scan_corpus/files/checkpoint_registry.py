"""Model registry client used by the inference workers.

Checkpoints are looked up by name/version in the registry API, downloaded once
into the local cache and then loaded onto the worker's device.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import requests
import torch

from .architectures import build_model

log = logging.getLogger(__name__)

REGISTRY_URL = os.environ["MODEL_REGISTRY_URL"]
CACHE_DIR = Path(os.environ.get("MODEL_CACHE_DIR", "~/.cache/infer-models")).expanduser()


class CheckpointRegistry:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.http = session or requests.Session()
        CACHE_DIR.mkdir(parents=True, exist_ok=True)

    def _describe(self, name: str, version: str) -> dict:
        resp = self.http.get(f"{REGISTRY_URL}/v1/models/{name}/{version}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def _fetch(self, meta: dict) -> Path:
        local = CACHE_DIR / f"{meta['name']}-{meta['version']}.pt"
        if local.exists():
            return local
        log.info("downloading %s", meta["download_url"])
        sha = hashlib.sha256()
        with self.http.get(meta["download_url"], stream=True, timeout=300) as resp:
            resp.raise_for_status()
            with open(local.with_suffix(".part"), "wb") as fh:
                for chunk in resp.iter_content(1 << 20):
                    sha.update(chunk)
                    fh.write(chunk)
        if sha.hexdigest() != meta["sha256"]:
            local.with_suffix(".part").unlink()
            raise RuntimeError(f"checksum mismatch for {meta['name']}")
        local.with_suffix(".part").rename(local)
        return local

    def load(self, name: str, version: str = "latest", device: str = "cpu") -> torch.nn.Module:
        meta = self._describe(name, version)
        path = self._fetch(meta)
        state = torch.load(path, map_location=device)
        model = build_model(meta["architecture"], **meta.get("config", {}))
        model.load_state_dict(state["model"])
        model.to(device).eval()
        return model
