"""Load the in-house fraud scoring model for the scoring worker.

Model weights and the feature config are produced by the training pipeline
and shipped inside the worker image under MODEL_DIR.
"""
from __future__ import annotations

import os
from pathlib import Path

import torch
import yaml

MODEL_DIR = Path(os.environ.get("FRAUD_MODEL_DIR", "/opt/fraud-model"))


class FraudNet(torch.nn.Module):
    def __init__(self, n_features: int, hidden: int = 64) -> None:
        super().__init__()
        self.layers = torch.nn.Sequential(
            torch.nn.Linear(n_features, hidden),
            torch.nn.ReLU(),
            torch.nn.Dropout(0.1),
            torch.nn.Linear(hidden, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.layers(x))


def load_feature_config(model_dir: Path = MODEL_DIR) -> dict:
    with open(model_dir / "features.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_model(model_dir: Path = MODEL_DIR, device: str = "cpu") -> tuple[FraudNet, list[str]]:
    cfg = load_feature_config(model_dir)
    features = cfg["features"]
    model = FraudNet(len(features), hidden=cfg.get("hidden", 64))
    state = torch.load(model_dir / "weights.pt", map_location=device, weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return model, features


def score(model: FraudNet, feature_names: list[str], row: dict[str, float]) -> float:
    x = torch.tensor([[float(row.get(name, 0.0)) for name in feature_names]])
    with torch.no_grad():
        return float(model(x)[0, 0])
