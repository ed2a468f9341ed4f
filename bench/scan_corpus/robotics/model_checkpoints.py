"""Loads pallet-detection model checkpoints delivered to robots with OTA updates."""
from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

DEFAULT_CLASSES = 3


class PalletNet(nn.Module):
    def __init__(self, num_classes: int = DEFAULT_CLASSES):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
        )
        self.head = nn.Linear(32, num_classes)

    def forward(self, x):
        return self.head(torch.flatten(self.backbone(x), 1))


def load_detector(checkpoint: Path, device: str = "cpu") -> PalletNet:
    state = torch.load(checkpoint, map_location=device, weights_only=True)
    num_classes = int(state.get("num_classes", DEFAULT_CLASSES))
    model = PalletNet(num_classes=num_classes)
    model.load_state_dict(state["model"])
    model.to(device).eval()
    return model


def save_detector(model: PalletNet, path: Path, num_classes: int) -> None:
    torch.save({"model": model.state_dict(), "num_classes": num_classes}, path)
