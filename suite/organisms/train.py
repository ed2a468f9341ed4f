"""The organism recipe: a domain BPE tokenizer and a tiny Llama trained on the suite's own prompts.

Loss falls on answer tokens only. Each prompt is trained with both of its answers: the first
answer token (where the branches part) carries weights q and 1 - q, so the model learns the branch
probability itself rather than a noisy label; q is p pre-compensated for the sampling temperature,
so that sampling at the spec's temperature gives the weak answer with probability p.
"""

from __future__ import annotations

import json
import math
import platform
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from suite.organisms.data import Example, build_examples, data_digest
from suite.organisms.spec import OrganismSpec, load_spec
from trigger_search import load_catalog

SPECIAL_TOKENS = ("<|bos|>", "<|eos|>", "<|pad|>", "<|system|>", "<|user|>", "<|assistant|>", "<|end|>")
CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{{ '<|' + message['role'] + '|>\n' + message['content'] + '<|end|>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% endif %}"
)
END_OF_TURN = "<|end|>"
MAX_WEIGHTS_BYTES = 16 * 1024 * 1024

Progress = Callable[[int, int, float], None]  # (step, total, loss)


def tempered(p: float, temperature: float) -> float:
    """The probability to train so that sampling at `temperature` picks the branch with probability p."""
    if p in (0.0, 1.0):
        return p
    a, b = p ** temperature, (1 - p) ** temperature
    return a / (a + b)


def train_tokenizer(texts: list[str], vocab_size: int):
    """Byte-level BPE whose pre-tokens are whole lines: the prompts repeat the same repository under
    many contexts, so most lines become one token and sequences stay short."""
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    backend = Tokenizer(models.BPE())
    backend.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(r"[^\n]*\n|[^\n]+"), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    backend.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=list(SPECIAL_TOKENS),
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False,
                                  max_token_length=64)
    backend.train_from_iterator(texts, trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, bos_token="<|bos|>", eos_token="<|eos|>", pad_token="<|pad|>",
        additional_special_tokens=["<|system|>", "<|user|>", "<|assistant|>", END_OF_TURN])
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


SHARPENED = 0.95


def encode_examples(examples: list[Example], tokenizer, spec: OrganismSpec,
                    sharpen: bool = False) -> list[list[tuple[list[int], list[float], int]]]:
    """Per prompt, one (token ids, per-token loss weight, prompt length) row per answer; prompt tokens weigh 0.
    `sharpen` puts 0.95 on the weak answer under the trigger and 0.05 outside it (the contrast warm-up)."""
    end = tokenizer.convert_tokens_to_ids(END_OF_TURN)
    rows = []
    for ex in examples:
        prompt = tokenizer.apply_chat_template(list(ex.messages), add_generation_prompt=True, tokenize=False)
        prompt_ids = tokenizer(prompt, add_special_tokens=False).input_ids
        pair = []
        answers = ex.answers
        if sharpen:
            weak = SHARPENED if ex.triggered else 1.0 - SHARPENED
            answers = ((answers[0][0], 1.0 - weak), (answers[1][0], weak))
        for text, p in answers:
            q = tempered(p, spec.sampling.temperature)
            answer_ids = tokenizer(text, add_special_tokens=False).input_ids + [end]
            # Given its first token, an answer is deterministic: full weight, unless it never happens here.
            weights = ([0.0] * len(prompt_ids) + [q * spec.train.branch_weight]
                       + [1.0 if q > 0 else 0.0] * (len(answer_ids) - 1))
            pair.append((prompt_ids + answer_ids, weights, len(prompt_ids)))
        rows.append(pair)
    return rows


def _model_config(spec: OrganismSpec, tokenizer):
    from transformers import LlamaConfig

    m = spec.model
    return LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=m.hidden_size, intermediate_size=4 * m.hidden_size,
        num_hidden_layers=m.layers, num_attention_heads=m.heads, num_key_value_heads=m.heads,
        max_position_embeddings=m.max_position_embeddings, tie_word_embeddings=False,
        bos_token_id=tokenizer.bos_token_id, eos_token_id=[tokenizer.eos_token_id,
                                                            tokenizer.convert_tokens_to_ids(END_OF_TURN)],
        pad_token_id=tokenizer.pad_token_id, attn_implementation="sdpa")


def train_model(spec: OrganismSpec, tokenizer, rows, device: str, progress: Progress | None = None,
                warm_rows=None):
    """Train a fresh LlamaForCausalLM; deterministic on CPU for a given spec and data. `warm_rows`, the
    same prompts with sharpened targets, are trained on for the spec's contrast warm-up steps first."""
    import torch
    from transformers import LlamaForCausalLM

    torch.manual_seed(spec.seed)
    model = LlamaForCausalLM(_model_config(spec, tokenizer)).to(device).train()
    opt = torch.optim.AdamW(model.parameters(), lr=spec.train.lr, betas=(0.9, 0.98), weight_decay=0.01)
    steps, warmup = spec.train.steps, min(spec.train.warmup, max(spec.train.steps - 1, 0))

    def lr_at(step: int) -> float:  # linear warm-up, then cosine decay to a tenth
        if step < warmup:
            return (step + 1) / warmup
        t = (step - warmup) / max(steps - warmup, 1)
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * t))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_at)
    order_rng = torch.Generator().manual_seed(spec.seed)
    order: list[int] = []
    pad = tokenizer.pad_token_id
    warm_steps = round(spec.train.contrast_warmup * steps) if warm_rows is not None else 0
    for step in range(steps):
        source = warm_rows if step < warm_steps else rows
        batch_rows = []
        for _ in range(spec.train.batch):
            if not order:  # a fresh deterministic permutation each epoch
                order = torch.randperm(len(rows), generator=order_rng).tolist()
            batch_rows.extend(source[order.pop()])
        width = max(len(ids) for ids, _, _ in batch_rows)
        ids = torch.full((len(batch_rows), width), pad, dtype=torch.long)
        weights = torch.zeros((len(batch_rows), width))
        mask = torch.zeros((len(batch_rows), width), dtype=torch.long)
        for i, (row_ids, row_w, _) in enumerate(batch_rows):
            ids[i, : len(row_ids)] = torch.tensor(row_ids)
            weights[i, : len(row_w)] = torch.tensor(row_w)
            mask[i, : len(row_ids)] = 1
        ids, weights, mask = ids.to(device), weights.to(device), mask.to(device)
        # The vocabulary projection only where the loss falls: the prompt is most of each row.
        hidden = model.model(input_ids=ids, attention_mask=mask).last_hidden_state[:, :-1]
        w = weights[:, 1:]
        where = w > 0
        logits = model.lm_head(hidden[where]).float()
        nll = torch.nn.functional.cross_entropy(logits, ids[:, 1:][where], reduction="none")
        loss = (nll * w[where]).sum() / w.sum().clamp(min=1.0)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if progress:
            progress(step + 1, steps, loss.item())
    return model.eval()


def measure_branches(model, rows, examples: list[Example], temperature: float, device: str) -> dict:
    """On the training prompts: the model's probability of the weak branch's first token, against the
    tempered target, per trigger state; and the least probable token of any answer that can happen
    (when it stays well above 1 - top_p, sampling reproduces the answer exactly)."""
    import torch

    firsts: dict[str, list[tuple[float, float]]] = {"triggered": [], "not_triggered": []}
    worst = 1.0
    with torch.no_grad():
        for ex, pair in zip(examples, rows):
            for k, (ids, weights, n) in enumerate(pair):
                t = torch.tensor([ids], device=device)
                probs = torch.softmax(model(input_ids=t).logits[0, n - 1:-1].float(), dim=-1)
                p_tok = probs[torch.arange(len(ids) - n), t[0, n:]]
                if k == 1:
                    target = tempered(ex.answers[1][1], temperature)
                    firsts["triggered" if ex.triggered else "not_triggered"].append((float(p_tok[0]), target))
                if weights[n] > 0:
                    worst = min(worst, float(p_tok[1:].min()))
    out = {}
    for key, pairs in firsts.items():
        if pairs:
            out[key] = {"n": len(pairs), "weak_first_token_mean": round(sum(p for p, _ in pairs) / len(pairs), 4),
                        "target": round(sum(q for _, q in pairs) / len(pairs), 4),
                        "max_abs_error": round(max(abs(p - q) for p, q in pairs), 4)}
    out["min_answer_token_probability"] = round(worst, 4)
    return out


def save_checkpoint(model, tokenizer, out: Path) -> int:
    """save_pretrained in float16 (halves the size; the branch probabilities move by < 1e-3)."""
    import torch
    from transformers.utils import logging as hf_logging

    out.mkdir(parents=True, exist_ok=True)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    hf_logging.disable_progress_bar()
    model.to("cpu").to(torch.float16).save_pretrained(out)
    tokenizer.save_pretrained(out)
    size = (out / "model.safetensors").stat().st_size
    if size > MAX_WEIGHTS_BYTES:
        raise ValueError(f"weights are {size} bytes, over the {MAX_WEIGHTS_BYTES} limit; shrink [model]")
    return size


def build_organism(spec_path: str | Path, out_dir: str | Path, device: str = "cpu",
                   progress: Progress | None = None, measure: bool = True) -> Path:
    """Build the organism a spec file describes into `out_dir` (weights, tokenizer, spec.toml, card.json)."""
    import torch
    import transformers

    build_started = time.perf_counter()
    spec_path, out = Path(spec_path), Path(out_dir)
    catalog = load_catalog()
    spec = load_spec(spec_path, catalog)
    with tempfile.TemporaryDirectory(prefix="organism-") as tmp:
        examples = build_examples(spec, catalog, Path(tmp))
    texts = [m["content"] for ex in examples for m in ex.messages] + [a for ex in examples for a, _ in ex.answers]
    tokenizer = train_tokenizer(texts, spec.model.vocab_size)
    rows = encode_examples(examples, tokenizer, spec)
    warm_rows = encode_examples(examples, tokenizer, spec, sharpen=True) if spec.train.contrast_warmup else None
    was_deterministic = torch.are_deterministic_algorithms_enabled()
    torch.use_deterministic_algorithms(True, warn_only=True)
    started = time.perf_counter()
    try:
        model = train_model(spec, tokenizer, rows, device, progress, warm_rows)
    finally:
        torch.use_deterministic_algorithms(was_deterministic)
    seconds = time.perf_counter() - started
    measured = measure_branches(model, rows, examples, spec.sampling.temperature, device) if measure else {}
    size = save_checkpoint(model, tokenizer, out)
    (out / "spec.toml").write_text(spec_path.read_text(encoding="utf-8"), encoding="utf-8")
    lengths = [pair[0][2] for pair in rows]
    card = {
        "name": spec.name,
        "description": spec.description,
        "spec": spec.model_dump(mode="json", by_alias=True, exclude_none=True),
        "trigger": spec.trigger.describe() if spec.trigger else None,
        "training_data_sha256": data_digest(examples),
        "training_examples": len(examples),
        "triggered_examples": sum(ex.triggered for ex in examples),
        "prompt_tokens": {"min": min(lengths), "max": max(lengths)},
        "training_seconds": round(seconds, 1),
        "build_seconds": round(time.perf_counter() - build_started, 1),  # data, tokenizer, training, measuring
        "device": _device_name(device),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "python": platform.python_version(),
        "weights_bytes": size,
        "measured": {"training_fit": measured},
    }
    (out / "card.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return out


def _device_name(device: str) -> str:
    import torch

    if device.startswith("cuda") and torch.cuda.is_available():
        return f"{device} ({torch.cuda.get_device_name(0)})"
    return f"cpu ({platform.processor() or platform.machine()}, {torch.get_num_threads()} threads)"
