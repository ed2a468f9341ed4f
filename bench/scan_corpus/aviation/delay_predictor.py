"""Departure delay predictor used by the hub control dashboard.

The network is a small MLP over schedule and turnaround features; weights
are produced by the nightly training job and shipped as a state_dict.
"""
import os
from pathlib import Path

import torch
from torch import nn

WEIGHTS_PATH = Path(os.environ.get("DELAY_MODEL_WEIGHTS", "/opt/hubctl/models/delay_mlp.pt"))
N_FEATURES = 14


class DelayMLP(nn.Module):
    def __init__(self, n_features: int = N_FEATURES, hidden: int = 64):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x).squeeze(-1)


def load_predictor(path: Path = WEIGHTS_PATH) -> DelayMLP:
    model = DelayMLP()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return model


@torch.no_grad()
def predict_minutes(model: DelayMLP, features: list[list[float]]) -> list[float]:
    x = torch.tensor(features, dtype=torch.float32)
    return model(x).clamp(min=0).tolist()
