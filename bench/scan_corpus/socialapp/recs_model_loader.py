"""Loads the friend-recommendation ranking model published by the ML pipeline."""

import logging
import os
import re
from pathlib import Path

import torch
from torch import nn

log = logging.getLogger(__name__)

MODEL_DIR = Path(os.environ.get("RECS_MODEL_DIR", "/var/lib/recs/models"))
_VERSION_RE = re.compile(r"^\d{8}-[0-9a-f]{7}$")  # e.g. 20240611-3fa9c2e


class PairRanker(nn.Module):
    def __init__(self, n_features: int = 48, hidden: int = 128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden // 2),
            nn.ReLU(),
            nn.Linear(hidden // 2, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x).squeeze(-1)


def load_ranker(version: str, device: str = "cpu") -> PairRanker:
    if not _VERSION_RE.fullmatch(version):
        raise ValueError(f"unexpected model version {version!r}")
    checkpoint_path = MODEL_DIR / version / "ranker.pt"
    state = torch.load(checkpoint_path, map_location=device, weights_only=True)
    model = PairRanker(n_features=state["meta.n_features"].item())
    model.load_state_dict({k: v for k, v in state.items() if not k.startswith("meta.")})
    model.eval()
    log.info("loaded ranker %s from %s", version, checkpoint_path)
    return model.to(device)


@torch.inference_mode()
def score_candidates(model: PairRanker, features: torch.Tensor) -> torch.Tensor:
    return torch.sigmoid(model(features))
