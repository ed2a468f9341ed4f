"""Sentence embedding model used by the search indexer."""
from __future__ import annotations

import os
from functools import lru_cache

import torch
from huggingface_hub import hf_hub_download
from safetensors.torch import load_file
from transformers import AutoConfig, AutoModel, AutoTokenizer

MODEL_REPO = os.environ.get("EMBED_MODEL_REPO", "sentence-transformers/all-MiniLM-L6-v2")
MODEL_REVISION = os.environ.get("EMBED_MODEL_REVISION", "main")


@lru_cache(maxsize=1)
def load_encoder(device: str = "cpu"):
    config = AutoConfig.from_pretrained(MODEL_REPO, revision=MODEL_REVISION)
    tokenizer = AutoTokenizer.from_pretrained(MODEL_REPO, revision=MODEL_REVISION)
    weights_path = hf_hub_download(MODEL_REPO, "model.safetensors", revision=MODEL_REVISION)

    model = AutoModel.from_config(config)
    model.load_state_dict(load_file(weights_path, device=device), strict=False)
    return tokenizer, model.to(device).eval()


@torch.inference_mode()
def embed(texts: list[str], device: str = "cpu", batch_size: int = 32) -> torch.Tensor:
    tokenizer, model = load_encoder(device)
    out = []
    for i in range(0, len(texts), batch_size):
        batch = tokenizer(texts[i : i + batch_size], padding=True, truncation=True, return_tensors="pt").to(device)
        hidden = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        out.append(torch.nn.functional.normalize(pooled, dim=-1))
    return torch.cat(out)
