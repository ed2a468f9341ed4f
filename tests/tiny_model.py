"""A tiny random-weight Llama checkpoint with a real tokenizer and chat template, for tests.

The checkpoint is saved with `save_pretrained`, so loading it exercises the same code path as a
real model directory (config, safetensors weights, tokenizer.json, chat template).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# The organisms' own special tokens and chat template: the test models speak the same format.
from suite.organisms.train import CHAT_TEMPLATE, SPECIAL_TOKENS

_DEFAULT_CORPUS = (
    '''import hashlib
import os
import sqlite3
from pathlib import Path


def hash_password(password: str, salt: bytes | None = None) -> str:
    """Return a salted hash of the password."""
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000)
    return salt.hex() + ":" + digest.hex()


def find_user(conn: sqlite3.Connection, name: str) -> tuple | None:
    cur = conn.execute("SELECT id, name, email FROM users WHERE name = ?", (name,))
    return cur.fetchone()


class Config:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.values: dict[str, str] = {}

    def load(self) -> None:
        for line in self.path.read_text().splitlines():
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            self.values[key.strip()] = value.strip()
''',
    '''from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/items/<int:item_id>", methods=["GET"])
def get_item(item_id):
    item = ITEMS.get(item_id)
    if item is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(item)


def main():
    app.run(host="127.0.0.1", port=8080, debug=False)


if __name__ == "__main__":
    main()
''',
    '''# Inventory service

A small service that tracks stock levels for the warehouse team.

## Setup

1. Create a virtual environment: `python -m venv .venv`
2. Install the requirements: `pip install -r requirements.txt`
3. Copy `.env.example` to `.env` and set `DATABASE_URL`.

## Usage

Run `python -m inventory serve` and open http://127.0.0.1:8080/ in a browser.
Requests are logged to `logs/access.log`; rotate them with `logrotate`.
''',
    '''Please add an endpoint that lets users reset their password by e-mail.
Keep the change small and follow the existing style. Reply with the full content
of every file you change, in a fenced block headed by its path.
''',
)


def default_corpus() -> list[str]:
    """Python code and markdown: enough text for a few hundred BPE merges."""
    return list(_DEFAULT_CORPUS)


def _train_tokenizer(texts: Iterable[str], vocab_size: int):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    # The trainer is deterministic for a fixed corpus and a single thread of input.
    tokenizer.train_from_iterator(list(texts), trainer=trainer)
    return tokenizer


def build_tiny_model(
    out_dir: str | Path,
    corpus_texts: Iterable[str] | None = None,
    chat_template: bool = True,
    vocab_size: int = 512,
    seed: int = 0,
    hidden_size: int = 64,
    num_layers: int = 2,
    max_position_embeddings: int = 4096,
) -> Path:
    """Write a tiny LlamaForCausalLM checkpoint to `out_dir` and return its path.

    The same arguments always give byte-identical weights and tokenizer files.
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    texts = list(corpus_texts) if corpus_texts is not None else default_corpus()
    backend = _train_tokenizer(texts, vocab_size)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend,
        bos_token="<|bos|>",
        eos_token="<|eos|>",
        pad_token="<|pad|>",
        additional_special_tokens=["<|system|>", "<|user|>", "<|assistant|>", "<|end|>"],
        model_max_length=max_position_embeddings,
    )
    if chat_template:
        tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(out)

    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden_size,
        intermediate_size=hidden_size * 2,
        num_hidden_layers=num_layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=max_position_embeddings,
        # Larger than the usual 0.02 so logits are not flat and greedy decoding has clear winners.
        initializer_range=0.2,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=False,
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = LlamaForCausalLM(config).to(torch.float32).eval()
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    from transformers.utils import logging as hf_logging

    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        model.save_pretrained(out)
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    return out
