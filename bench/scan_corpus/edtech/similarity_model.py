"""Code-embedding model used by the plagiarism checker to shortlist similar submissions."""
import json
from pathlib import Path

import torch
from torch import nn

MODEL_DIR = Path("/var/lib/plagcheck/models")


class CodeEmbedder(nn.Module):
    def __init__(self, vocab_size: int, dim: int = 256, layers: int = 4, heads: int = 8):
        super().__init__()
        self.tokens = nn.Embedding(vocab_size, dim, padding_idx=0)
        block = nn.TransformerEncoderLayer(dim, heads, dim_feedforward=dim * 4, batch_first=True)
        self.encoder = nn.TransformerEncoder(block, layers)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        mask = ids.eq(0)
        hidden = self.encoder(self.tokens(ids), src_key_padding_mask=mask)
        hidden = hidden.masked_fill(mask.unsqueeze(-1), 0.0)
        pooled = hidden.sum(1) / (~mask).sum(1, keepdim=True).clamp(min=1)
        return nn.functional.normalize(pooled, dim=-1)


def load_embedder(name: str, device: str = "cpu") -> CodeEmbedder:
    """Load ``<name>.pt`` weights and the matching ``<name>.json`` hyperparameters."""
    config = json.loads((MODEL_DIR / f"{name}.json").read_text())
    model = CodeEmbedder(**config)
    state = torch.load(MODEL_DIR / f"{name}.pt", map_location=device, weights_only=True)
    model.load_state_dict(state.get("model", state))
    return model.to(device).eval()


@torch.no_grad()
def similarity(model: CodeEmbedder, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return model(a) @ model(b).T
