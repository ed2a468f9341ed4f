"""Passenger-load forecasts for tram services.

A small sequence model trained by the data science team predicts how full
each tram will be at each stop over the next hour. Planners use it to decide
where to deploy extra trams on event days. Checkpoints are produced by our
own training pipeline and published to the model store.
"""
import os
from pathlib import Path

import torch
from torch import nn

MODEL_DIR = Path(os.environ.get("FORECAST_MODEL_DIR", "/srv/models/ridership"))


class LoadForecaster(nn.Module):
    def __init__(self, n_features: int = 14, hidden: int = 64, horizon: int = 12):
        super().__init__()
        self.encoder = nn.GRU(n_features, hidden, batch_first=True)
        self.head = nn.Linear(hidden, horizon)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        _, h = self.encoder(x)
        return torch.sigmoid(self.head(h[-1]))


def load_model(version: str = "current") -> LoadForecaster:
    path = MODEL_DIR / f"{version}.pt"
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    model = LoadForecaster(**checkpoint.get("config", {}))
    model.load_state_dict(checkpoint["state_dict"])
    model.eval()
    return model


@torch.no_grad()
def forecast(model: LoadForecaster, history: torch.Tensor) -> list[float]:
    """history: (timesteps, features) for one service; returns load factor per 5 minutes."""
    return model(history.unsqueeze(0)).squeeze(0).tolist()
