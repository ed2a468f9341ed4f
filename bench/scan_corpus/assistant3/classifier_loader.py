"""Load fine-tuned ticket classifier checkpoints uploaded by the training team."""
from __future__ import annotations

from pathlib import Path

import torch
from torch import nn


class TicketClassifier(nn.Module):
    def __init__(self, vocab_size: int, num_labels: int, dim: int = 128) -> None:
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, dim)
        self.head = nn.Linear(dim, num_labels)

    def forward(self, tokens: torch.Tensor, offsets: torch.Tensor) -> torch.Tensor:
        return self.head(self.embed(tokens, offsets))


def load_classifier(checkpoint: Path, vocab_size: int, num_labels: int) -> TicketClassifier:
    model = TicketClassifier(vocab_size, num_labels)
    state = torch.load(checkpoint, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return model
