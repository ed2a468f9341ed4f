"""Load the click-through-rate model used by the bidder's pricing step.

Checkpoints are produced by the training pipeline and published to the model
registry together with a JSON sidecar describing the feature layout.
"""
import json
import logging
from pathlib import Path

import torch

from bidder.models.ctr import CtrNet

log = logging.getLogger(__name__)


def load_ctr_model(model_dir: str, device: str = "cpu") -> tuple[CtrNet, dict]:
    root = Path(model_dir)
    meta = json.loads((root / "model.json").read_text())

    model = CtrNet(
        num_features=meta["num_features"],
        embedding_dim=meta["embedding_dim"],
        hidden=tuple(meta["hidden_layers"]),
    )
    state = torch.load(root / "weights.pt", map_location=device, weights_only=True)
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        raise RuntimeError(f"checkpoint mismatch: missing={missing} unexpected={unexpected}")

    model.to(device).eval()
    log.info("loaded CTR model %s (%d features)", meta.get("version"), meta["num_features"])
    return model, meta


@torch.inference_mode()
def predict(model: CtrNet, features: torch.Tensor) -> torch.Tensor:
    return torch.sigmoid(model(features)).squeeze(-1)
