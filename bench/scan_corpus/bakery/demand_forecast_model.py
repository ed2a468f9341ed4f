"""Load the nightly demand forecasting model and predict tomorrow's bake plan.

The training job publishes a state_dict plus a JSON sidecar with the
feature list to the model registry share; this module rebuilds the network
and runs it on the latest order-book features.
"""
import json
from pathlib import Path

import torch
from torch import nn

MODEL_DIR = Path("/srv/models/demand")


class DemandNet(nn.Module):
    def __init__(self, n_features: int, n_products: int, hidden: int = 128):
        super().__init__()
        self.body = nn.Sequential(
            nn.Linear(n_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, n_products),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.body(x))


def load_model(version: str, model_dir: Path = MODEL_DIR) -> tuple[DemandNet, dict]:
    meta = json.loads((model_dir / f"{version}.json").read_text())
    model = DemandNet(len(meta["features"]), len(meta["products"]), meta.get("hidden", 128))
    state = torch.load(model_dir / f"{version}.pt", map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return model, meta


@torch.no_grad()
def forecast(model: DemandNet, meta: dict, features: dict[str, float]) -> dict[str, int]:
    x = torch.tensor([[features.get(name, 0.0) for name in meta["features"]]], dtype=torch.float32)
    units = model(x).squeeze(0).round().to(torch.int64).tolist()
    return dict(zip(meta["products"], units))
