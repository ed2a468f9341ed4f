"""Restore fine-tuning checkpoints pulled from the model registry.

Registry artifacts are uploaded by model owners, so only tensors and plain
containers are accepted when deserializing them.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import torch
from huggingface_hub import hf_hub_download
from torch import nn

log = logging.getLogger(__name__)

_LOAD_OPTS = {"map_location": "cpu", "weights_only": True}


def _local_copy(repo_id: str, filename: str, revision: str, cache_dir: Path) -> Path:
    return Path(
        hf_hub_download(
            repo_id=repo_id,
            filename=filename,
            revision=revision,
            cache_dir=str(cache_dir),
        )
    )


def restore(model: nn.Module, repo_id: str, filename: str = "pytorch_model.bin",
            revision: str = "main", cache_dir: Path | None = None) -> nn.Module:
    cache_dir = cache_dir or Path(os.environ.get("REGISTRY_CACHE_DIR", Path.home() / ".cache" / "registry"))
    path = _local_copy(repo_id, filename, revision, cache_dir)
    state = torch.load(path, **_LOAD_OPTS)
    if isinstance(state, dict) and "state_dict" in state:
        state = state["state_dict"]
    result = model.load_state_dict(state, strict=False)
    if result.missing_keys:
        log.warning("%s@%s missing keys: %s", repo_id, revision, result.missing_keys)
    if result.unexpected_keys:
        log.warning("%s@%s unexpected keys: %s", repo_id, revision, result.unexpected_keys)
    return model
