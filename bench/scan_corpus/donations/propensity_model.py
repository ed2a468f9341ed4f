"""Score supporters on their likelihood to convert to a regular gift.

The model is trained offline and published as a state_dict; this module
rebuilds the network and loads the weights for batch scoring.
"""

import os
from pathlib import Path

import torch
from torch import nn

MODEL_PATH = Path(os.environ.get("PROPENSITY_MODEL_PATH", "models/propensity_v3.pt"))
FEATURES = [
    "gifts_last_12m",
    "total_given_last_12m",
    "months_since_first_gift",
    "months_since_last_gift",
    "events_attended",
    "is_gift_aided",
    "email_opt_in",
]


class PropensityNet(nn.Module):
    def __init__(self, n_features: int = len(FEATURES), hidden: int = 32):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(n_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.layers(x)).squeeze(-1)


def load_model(path: Path = MODEL_PATH) -> PropensityNet:
    model = PropensityNet()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return model


@torch.no_grad()
def score(model: PropensityNet, rows: list[dict]) -> list[float]:
    x = torch.tensor([[float(r[f]) for f in FEATURES] for r in rows], dtype=torch.float32)
    return model(x).tolist()
