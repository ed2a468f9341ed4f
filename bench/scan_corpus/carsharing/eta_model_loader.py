"""Loads the vehicle-arrival ETA model used by the reservation service.

The training pipeline publishes ``state_dict`` checkpoints to the model
registry bucket; the service downloads the one pinned in config at startup.
"""
import logging
import os
from pathlib import Path

import torch
from torch import nn

log = logging.getLogger(__name__)

MODEL_DIR = Path(os.environ.get("ETA_MODEL_DIR", "/var/lib/eta-model"))


class EtaRegressor(nn.Module):
    def __init__(self, n_features: int = 24, hidden: int = 128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_features, hidden), nn.ReLU(),
            nn.Linear(hidden, hidden), nn.ReLU(),
            nn.Linear(hidden, 1),
        )

    def forward(self, x):
        return self.net(x).squeeze(-1)


def load_model(version: str, device: str = "cpu") -> EtaRegressor:
    ckpt_path = MODEL_DIR / f"eta-{version}.pt"
    checkpoint = torch.load(ckpt_path, map_location=device, weights_only=True)
    model = EtaRegressor(**checkpoint.get("hparams", {}))
    model.load_state_dict(checkpoint["state_dict"])
    model.eval()
    log.info("loaded ETA model %s (%d params)", version, sum(p.numel() for p in model.parameters()))
    return model.to(device)


@torch.inference_mode()
def predict_minutes(model: EtaRegressor, features: list[list[float]]) -> list[float]:
    x = torch.tensor(features, dtype=torch.float32)
    return model(x).clamp(min=0).tolist()
