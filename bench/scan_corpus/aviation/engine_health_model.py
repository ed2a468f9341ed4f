"""Engine health monitoring: exhaust gas temperature margin anomaly scoring.

Scores each engine's post-flight snapshot (EGT margin, N2, fuel flow, oil
pressure) against a model trained by the reliability engineering team.
Model versions are published to the internal model registry and fetched
by URL at worker start-up.
"""
import io
import logging
import os
from dataclasses import dataclass

import numpy as np
import requests
import torch

log = logging.getLogger(__name__)

FEATURES = ("egt_margin", "n2_pct", "fuel_flow_kgh", "oil_press_psi", "vib_n1")
THRESHOLD = float(os.environ.get("EHM_ALERT_THRESHOLD", "3.5"))


@dataclass
class Snapshot:
    tail: str
    engine_pos: int
    values: dict[str, float]

    def as_tensor(self) -> torch.Tensor:
        return torch.tensor([[self.values[f] for f in FEATURES]], dtype=torch.float32)


def fetch_model(model_url: str) -> torch.nn.Module:
    resp = requests.get(model_url, timeout=60)
    resp.raise_for_status()
    model = torch.load(io.BytesIO(resp.content), map_location="cpu")
    model.eval()
    log.info("loaded engine health model from %s", model_url)
    return model


class EgtScorer:
    def __init__(self, model: torch.nn.Module, mean: np.ndarray, std: np.ndarray):
        self.model = model
        self.mean = torch.from_numpy(mean).float()
        self.std = torch.from_numpy(std).float()

    @torch.no_grad()
    def score(self, snap: Snapshot) -> float:
        x = (snap.as_tensor() - self.mean) / self.std
        recon = self.model(x)
        return float(torch.mean((recon - x) ** 2))

    def alerts(self, snaps: list[Snapshot]) -> list[tuple[str, int, float]]:
        out = []
        for s in snaps:
            score = self.score(s)
            if score > THRESHOLD:
                out.append((s.tail, s.engine_pos, score))
        return out
