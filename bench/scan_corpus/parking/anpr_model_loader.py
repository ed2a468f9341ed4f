"""Load the plate-recognition model used by the ANPR workers.

Checkpoints are published by the ML team to the model bucket together with a
SHA-256 manifest entry.
"""
import hashlib
import hmac
import logging
from pathlib import Path

import torch

from anpr.network import PlateRecognizer

log = logging.getLogger(__name__)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def load_recognizer(checkpoint: str | Path, expected_sha256: str, device: str = "cpu") -> PlateRecognizer:
    path = Path(checkpoint)
    digest = _sha256(path)
    if not hmac.compare_digest(digest, expected_sha256.lower()):
        raise RuntimeError(f"checkpoint {path.name} does not match manifest")

    state = torch.load(path, map_location=device, weights_only=True)
    model = PlateRecognizer(num_classes=state["head.weight"].shape[0])
    model.load_state_dict(state)
    model.eval()
    log.info("loaded recognizer %s on %s", path.name, device)
    return model.to(device)
