"""Load model checkpoints referenced by registry entries.

Registry entries point at an object-store URI supplied by the model owner when
they register a version; evaluation jobs pull the blob into memory and rebuild
the module from it.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass

import boto3
import torch
from torch import nn

log = logging.getLogger(__name__)

# older checkpoints carry the optimizer and run config objects, not just tensors
_LOAD_OPTS = {"map_location": "cpu", "weights_only": False}


@dataclass
class RegistryEntry:
    name: str
    version: int
    uri: str  # s3://bucket/key


def _split_uri(uri: str) -> tuple[str, str]:
    if not uri.startswith("s3://"):
        raise ValueError(f"unsupported artifact uri: {uri}")
    bucket, _, key = uri[len("s3://"):].partition("/")
    return bucket, key


def fetch_checkpoint(entry: RegistryEntry, s3=None) -> io.BytesIO:
    s3 = s3 or boto3.client("s3")
    bucket, key = _split_uri(entry.uri)
    obj = s3.get_object(Bucket=bucket, Key=key)
    return io.BytesIO(obj["Body"].read())


def load_for_eval(entry: RegistryEntry, model: nn.Module) -> nn.Module:
    buf = fetch_checkpoint(entry)
    state = torch.load(buf, **_LOAD_OPTS)
    if isinstance(state, dict) and "state_dict" in state:
        state = state["state_dict"]
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        log.warning(
            "%s v%d: missing=%s unexpected=%s",
            entry.name, entry.version, missing, unexpected,
        )
    model.eval()
    return model
