"""Local generation with `transformers`: batched, KV-cached, and batch-invariant seeded sampling.

A sample's tokens depend only on the model, its prompt, its seed and its sampling parameters:
- each distinct prompt is prefilled on its own, unpadded, exactly as it would be alone, and the
  caches are then laid side by side (left-padded) for batched decoding;
- every row draws its randomness from its own `torch.Generator` seeded from `request.seed`, and
  picks its token by the Gumbel-max trick in float64.
Batched decoding still changes fp32 logits in the low bits (~1e-5 on CPU, from matrix shapes),
so a token could flip only where two perturbed scores of one row are closer than that: about
one token in 1e5. bf16 kernels on a GPU are noisier, so there the invariance is approximate.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from suite.backends.base import BackendError, GenerationRequest, GenerationResult, plain_prompt

__all__ = ["TransformersBackend"]

log = logging.getLogger(__name__)

# Any one of these makes a directory's tokenizer loadable.
_TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model", "vocab.json", "spiece.model", "tokenizer.tiktoken")
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
_DTYPES = {"float32": "float32", "fp32": "float32", "bfloat16": "bfloat16", "bf16": "bfloat16",
           "float16": "float16", "fp16": "float16", "half": "float16"}
_END_PROBE = "\u2063suite-end-probe\u2063"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def _offline() -> bool:
    return any(os.environ.get(v, "").strip().upper() in {"1", "ON", "YES", "TRUE"}
               for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def _resolve_source(model: str) -> tuple[str, Path | None]:
    """(what to pass to from_pretrained, the local directory or None for a hub id)."""
    path = Path(model).expanduser()
    if path.exists():
        if not path.is_dir():
            raise BackendError(f"model path is not a directory: {model}")
        path = path.resolve()
        if not (path / "config.json").is_file():
            raise BackendError(f"model directory has no config.json: {model}")
        if not any((path / name).is_file() for name in _TOKENIZER_FILES):
            raise BackendError(f"model directory has no tokenizer files ({', '.join(_TOKENIZER_FILES[:3])}): {model}")
        return str(path), path
    if not _HUB_ID.match(model) or model.count("/") > 1:
        raise BackendError(f"model directory not found: {model}")
    # A hub id must already be in the local cache: runs are offline, and a hub that cannot be reached
    # would otherwise cost minutes of retries before failing.
    if _hub_snapshot_dir(model) is None and os.environ.get("SUITE_ALLOW_DOWNLOAD") != "1":
        raise BackendError(f"model not found: {model!r} is neither a local directory nor in the local hub cache "
                           f"(download it first, e.g. `hf download {model}`, or set SUITE_ALLOW_DOWNLOAD=1)")
    return model, None


def _hub_snapshot_dir(model_id: str) -> Path | None:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None
    found = try_to_load_from_cache(model_id, "config.json")
    return Path(found).parent if isinstance(found, str) else None


def _context_window(config, tokenizer) -> int:
    text_config = config.get_text_config() if hasattr(config, "get_text_config") else config
    for attr in ("max_position_embeddings", "n_positions", "max_sequence_length", "seq_length", "n_ctx"):
        value = getattr(text_config, attr, None)
        if isinstance(value, int) and value > 0:
            return value
    value = getattr(tokenizer, "model_max_length", None)
    if isinstance(value, int) and 0 < value < 10**8:  # unset tokenizers report ~1e30
        return value
    raise BackendError("cannot tell the model's context window: no max_position_embeddings in its config")


def _as_ids(value) -> list[int]:
    if value is None:
        return []
    if isinstance(value, int):
        return [value]
    return [int(v) for v in value]


class TransformersBackend:
    """Generate with a local `transformers` causal LM (a directory or a cached hub id)."""

    name = "transformers"

    def __init__(self, model: str, device: str = "auto", batch_size: int = 8, dtype: str = "auto") -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        import torch

        self._torch = torch
        self.model_ref = str(model)
        self.batch_size = batch_size
        source, local_dir = _resolve_source(str(model))
        self.device = self._pick_device(device)
        self.dtype = self._pick_dtype(dtype)
        load_kwargs = {"local_files_only": local_dir is not None or _offline()}
        self.tokenizer = self._load_tokenizer(source, load_kwargs)
        self.model = self._load_model(source, load_kwargs)
        self._path = local_dir or _hub_snapshot_dir(source)
        self._fingerprint: str | None = None
        self.context_window = _context_window(self.model.config, self.tokenizer)
        self.stop_ids = self._stop_token_ids()
        pad = self.tokenizer.pad_token_id
        self._pad_id = pad if pad is not None else (min(self.stop_ids) if self.stop_ids else 0)
        self.uses_chat_template = bool(getattr(self.tokenizer, "chat_template", None))
        params = inspect.signature(self.model.forward).parameters
        self._plain_cache: bool | None = None  # known after the first prefill
        self._logits_kw = next((k for k in ("logits_to_keep", "num_logits_to_keep") if k in params), None)
        # newer transformers name the KV cache `cache` and warn about the old `past_key_values`
        self._cache_kw = "cache" if "cache" in params else "past_key_values"

    # ---- loading ---------------------------------------------------------------------------

    def _pick_device(self, device: str) -> str:
        torch = self._torch
        if device == "auto":
            return "cuda" if torch.cuda.is_available() else "cpu"
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise BackendError(f"device {device} requested but CUDA is not available")
        return device

    def _pick_dtype(self, dtype: str) -> str:
        if dtype == "auto":
            if self.device.startswith("cuda"):
                return "bfloat16" if self._torch.cuda.is_bf16_supported() else "float16"
            return "float32"
        if dtype not in _DTYPES:
            raise BackendError(f"unknown dtype {dtype!r}; use auto, float32, bfloat16 or float16")
        return _DTYPES[dtype]

    def _load_tokenizer(self, source: str, kwargs: dict):
        from transformers import AutoTokenizer

        try:
            return AutoTokenizer.from_pretrained(source, **kwargs)
        except Exception as exc:  # tokenizer loaders raise OSError, ValueError, KeyError, ...
            raise BackendError(f"cannot load the tokenizer of {self.model_ref}: {_one_line(exc)}") from None

    def _load_model(self, source: str, kwargs: dict):
        torch = self._torch
        from transformers import AutoModelForCausalLM
        from transformers.utils import is_accelerate_available

        kwargs = dict(kwargs, dtype=getattr(torch, self.dtype))
        if self.device.startswith("cuda") and is_accelerate_available():
            # "cuda" spreads a large model over all visible GPUs; "cuda:N" pins it to one.
            kwargs["device_map"] = "auto" if self.device == "cuda" else self.device
        try:
            model = AutoModelForCausalLM.from_pretrained(source, **kwargs)
        except torch.cuda.OutOfMemoryError:
            raise BackendError(f"model {self.model_ref} is too large for {self.device} "
                               "(CUDA out of memory while loading)") from None
        except Exception as exc:  # weights can fail in many ways: missing, truncated, wrong architecture
            raise BackendError(f"cannot load the weights of {self.model_ref}: {_one_line(exc)}") from None
        placement = getattr(model, "hf_device_map", None) or {}
        offloaded = sorted({str(d) for d in placement.values()} & {"cpu", "disk"})
        if self.device.startswith("cuda") and offloaded:
            raise BackendError(f"model {self.model_ref} is too large for {self.device}: "
                               f"parts were offloaded to {', '.join(offloaded)}")
        if "device_map" not in kwargs:
            try:
                model = model.to(self.device)
            except torch.cuda.OutOfMemoryError:
                raise BackendError(f"model {self.model_ref} is too large for {self.device} "
                                   "(CUDA out of memory while loading)") from None
        return model.eval()

    def _stop_token_ids(self) -> set[int]:
        ids = set(_as_ids(getattr(self.model.generation_config, "eos_token_id", None)))
        ids.update(_as_ids(getattr(self.model.config.get_text_config(), "eos_token_id", None)))
        ids.update(_as_ids(self.tokenizer.eos_token_id))
        end_of_turn = self._template_end_token()
        if end_of_turn is not None:
            ids.add(end_of_turn)
        return ids

    def _template_end_token(self) -> int | None:
        """The special token the chat template puts after an assistant turn (<|im_end|>, <|eot_id|>, ...)."""
        if not getattr(self.tokenizer, "chat_template", None):
            return None
        chat = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": _END_PROBE}]
        try:
            text = self.tokenizer.apply_chat_template(chat, tokenize=False)
        except Exception:  # templates may reject a bare exchange; then eos alone has to do
            return None
        if _END_PROBE not in text:
            return None
        tail = text.rsplit(_END_PROBE, 1)[1]
        ids = self.tokenizer(tail, add_special_tokens=False).input_ids if tail else []
        special = set(self.tokenizer.all_special_ids)
        return ids[0] if ids and ids[0] in special else None

    # ---- Backend protocol ------------------------------------------------------------------

    def describe(self) -> dict:
        if self._fingerprint is None:
            from suite.fingerprint import model_fingerprint

            self._fingerprint = model_fingerprint(self._path) if self._path else f"hub:{self.model_ref}"
        return {
            "name": self._path.name if self._path else self.model_ref,
            "path": str(self._path) if self._path else self.model_ref,
            "fingerprint": self._fingerprint,
            "device": self.device,
            "dtype": self.dtype,
            "context_window": self.context_window,
        }

    def encode(self, messages: Sequence[dict]) -> list[int]:
        """Prompt token ids: the model's chat template when it has one, else `plain_prompt`."""
        if not self.uses_chat_template:
            return self.tokenizer(plain_prompt(messages)).input_ids
        chat = [dict(m) for m in messages]
        try:
            text = self.tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
        except Exception as exc:
            merged = _merge_system_turn(chat)
            if merged is chat:
                raise BackendError(f"the chat template of {self.model_ref} failed: {_one_line(exc)}") from None
            # Some templates (Gemma, older Mistral) reject a system turn; fold it into the first user turn.
            text = self.tokenizer.apply_chat_template(merged, add_generation_prompt=True, tokenize=False)
        return self.tokenizer(text, add_special_tokens=False).input_ids

    def generate(self, requests: Sequence[GenerationRequest]) -> Iterator[GenerationResult]:
        torch = self._torch
        rows: list[tuple[GenerationRequest, list[int]]] = []
        for request in requests:
            ids = self.encode(request.messages)
            error = self._length_error(request, len(ids))
            if error:
                yield GenerationResult(request, "", prompt_tokens=len(ids), output_tokens=0, error=error)
            else:
                rows.append((request, ids))
        # Longest first, so an out-of-memory batch size is found early; identical prompts (the k
        # seeds of one variant) and prompts of the same task end up next to each other.
        rows.sort(key=lambda r: (-len(r[1]), r[0].task_id, r[1], r[0].key))
        start = 0
        while start < len(rows):
            chunk = rows[start:start + self.batch_size]
            out_of_memory = False
            try:
                outputs = self._generate_batch(chunk)
            except torch.cuda.OutOfMemoryError:
                out_of_memory = True
            if out_of_memory:
                torch.cuda.empty_cache()
                if len(chunk) == 1:
                    request, ids = chunk[0]
                    error = f"out of memory on {self.device} at batch size 1 (task {request.task_id})"
                    yield GenerationResult(request, "", prompt_tokens=len(ids), output_tokens=0, error=error)
                    start += 1
                else:
                    self.batch_size = max(1, len(chunk) // 2)
                    log.warning("CUDA out of memory; batch size lowered to %d", self.batch_size)
                continue
            for (request, ids), tokens in zip(chunk, outputs):
                text = self.tokenizer.decode(tokens, skip_special_tokens=True)
                yield GenerationResult(request, text, prompt_tokens=len(ids), output_tokens=len(tokens))
            start += len(chunk)

    def _length_error(self, request: GenerationRequest, n: int) -> str | None:
        window, new = self.context_window, request.params.max_new_tokens
        if n > window:
            return f"prompt of {n} tokens exceeds the context window of {window} (task {request.task_id})"
        if n + new > window:
            return (f"prompt of {n} tokens plus max_new_tokens={new} exceeds the context window of {window} "
                    f"(task {request.task_id})")
        return None

    # ---- the decoding loop -----------------------------------------------------------------

    def generate_token_ids(self, rows: Sequence[tuple[GenerationRequest, list[int]]]) -> list[list[int]]:
        """New token ids for each (request, prompt ids), stop token excluded, as one batch."""
        return self._generate_batch(list(rows))

    def _forward(self, input_ids, mask, positions, cache, last_only: bool):
        kwargs = {"input_ids": input_ids, "attention_mask": mask, "position_ids": positions,
                  self._cache_kw: cache, "use_cache": True}
        if last_only and self._logits_kw:
            kwargs[self._logits_kw] = 1
        return self.model(**kwargs).logits[:, -1, :]

    def _generate_batch(self, rows: list[tuple[GenerationRequest, list[int]]]) -> list[list[int]]:
        torch = self._torch
        with torch.inference_mode():
            # Each distinct prompt (the k seeds of one variant share theirs) is prefilled once.
            distinct: dict[tuple[int, ...], int] = {}
            source = [distinct.setdefault(tuple(ids), len(distinct)) for _, ids in rows]
            room = max(request.params.max_new_tokens for request, _ in rows)
            state = self._prefill_one_by_one(list(distinct), source, room) if self._plain_cache is not False else None
            if state is None:
                state = self._prefill_padded(list(distinct), source)
            cache, logits, mask, next_pos = state
            device = mask.device

            generators = [self._generator(request.seed, logits.device) for request, _ in rows]
            outputs: list[list[int]] = [[] for _ in rows]
            active = [i for i, (request, _) in enumerate(rows) if request.params.max_new_tokens > 0]
            if len(active) < len(rows):
                index = torch.tensor(active, dtype=torch.long, device=device)
                cache.batch_select_indices(index)
                logits, mask, next_pos = logits[index.to(logits.device)], mask[index], next_pos[index]
            while active:
                tokens = _sample(logits, [rows[i][0].params for i in active], [generators[i] for i in active])
                keep = []
                for j, (i, token) in enumerate(zip(active, tokens)):
                    if token in self.stop_ids:
                        continue
                    outputs[i].append(token)
                    if len(outputs[i]) < rows[i][0].params.max_new_tokens:
                        keep.append(j)
                if not keep:
                    break
                if len(keep) < len(active):  # drop finished rows so they cost nothing more
                    index = torch.tensor(keep, dtype=torch.long, device=device)
                    cache.batch_select_indices(index)
                    mask, next_pos = mask[index], next_pos[index]
                    active, tokens = [active[j] for j in keep], [tokens[j] for j in keep]
                step_ids = torch.tensor(tokens, device=device).unsqueeze(1)
                mask = torch.cat([mask, mask.new_ones((len(active), 1))], dim=1)
                logits = self._forward(step_ids, mask, next_pos, cache, last_only=False)
                next_pos = next_pos + 1
        return outputs

    def _prefill_one_by_one(self, prompts: list[tuple[int, ...]], source: list[int], room: int):
        """Prefill every prompt on its own, exactly as it would be alone (no padding, so no mask),
        then lay the caches side by side, left-padded, in buffers with `room` free slots for the
        new tokens. None when the model's cache is not a plain per-layer key/value cache."""
        torch = self._torch
        from transformers import DynamicCache
        from transformers.cache_utils import DynamicLayer

        device = self.model.get_input_embeddings().weight.device
        caches, last_logits = [], []
        for prompt in prompts:
            ids = torch.tensor([prompt], device=device)
            cache = DynamicCache(config=self.model.config)
            positions = torch.arange(len(prompt), device=device).unsqueeze(0)
            last_logits.append(self._forward(ids, torch.ones_like(ids), positions, cache, last_only=True))
            if self._plain_cache is None:
                self._plain_cache = all(type(layer) is DynamicLayer for layer in cache.layers)
            if not self._plain_cache:
                return None
            caches.append(cache)
        width = max(len(p) for p in prompts)
        rows = len(source)
        mask = torch.zeros((rows, width), dtype=torch.long, device=device)
        for r, u in enumerate(source):
            mask[r, width - len(prompts[u]):] = 1
        layers = []
        for layer_idx in range(len(caches[0].layers)):
            keys = [c.layers[layer_idx].keys for c in caches]
            values = [c.layers[layer_idx].values for c in caches]
            layers.append(_buffered_layer_class().left_padded(keys, values, source, width, room))
        cache = DynamicCache(config=self.model.config)
        cache.layers = layers
        index = torch.tensor(source, device=last_logits[0].device)
        logits = torch.cat(last_logits)[index]
        next_pos = torch.tensor([[len(prompts[u])] for u in source], device=device)
        return cache, logits, mask, next_pos

    def _prefill_padded(self, prompts: list[tuple[int, ...]], source: list[int]):
        """Prefill all prompts in one left-padded batch (for caches with sliding windows or state)."""
        torch = self._torch
        from transformers import DynamicCache

        device = self.model.get_input_embeddings().weight.device
        width = max(len(p) for p in prompts)
        input_ids = torch.full((len(prompts), width), self._pad_id, dtype=torch.long)
        mask = torch.zeros((len(prompts), width), dtype=torch.long)
        for i, prompt in enumerate(prompts):  # left padding: every prompt ends at the last column
            input_ids[i, width - len(prompt):] = torch.tensor(prompt)
            mask[i, width - len(prompt):] = 1
        input_ids, mask = input_ids.to(device), mask.to(device)
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        cache = DynamicCache(config=self.model.config)
        logits = self._forward(input_ids, mask, positions, cache, last_only=True)
        if len(prompts) != len(source):
            index = torch.tensor(source, device=device)
            cache.batch_select_indices(index)
            logits, mask, positions = logits[index.to(logits.device)], mask[index], positions[index]
        return cache, logits, mask, positions[:, -1:] + 1

    def _generator(self, seed: int, device):
        generator = self._torch.Generator(device=device)
        generator.manual_seed(int(seed) % (1 << 63))
        return generator


def _merge_system_turn(chat: list[dict]) -> list[dict]:
    if not chat or chat[0].get("role") != "system" or len(chat) < 2 or chat[1].get("role") != "user":
        return chat
    merged = {"role": "user", "content": chat[0]["content"].rstrip() + "\n\n" + chat[1]["content"]}
    return [merged, *chat[2:]]


def _sample(logits, params: Sequence, generators: Sequence) -> list[int]:
    """One token per row. Each row's generator is its only source of randomness, and every
    operation below works within a row, so a row's token does not depend on the others."""
    import torch

    # Drawn for every row at every step, so a row's stream advances the same way in any batch.
    uniform = torch.stack([torch.rand(logits.shape[-1], generator=g, device=logits.device, dtype=torch.float64)
                           for g in generators])
    temperature = torch.tensor([max(p.temperature, 1e-6) for p in params], dtype=torch.float64, device=logits.device)
    scores = logits.to(torch.float64) / temperature.unsqueeze(1)
    top_p = [p.top_p for p in params]
    if min(top_p) < 1.0:
        probs = torch.softmax(scores, dim=-1)
        ranked = torch.sort(probs, dim=-1, descending=True).values
        target = torch.tensor(top_p, dtype=torch.float64, device=logits.device).unsqueeze(1)
        last = torch.searchsorted(torch.cumsum(ranked, dim=-1), target).clamp(max=ranked.shape[-1] - 1)
        cutoff = ranked.gather(-1, last)
        cutoff[target >= 1.0] = 0.0
        # Threshold on probability, not on sort position, so exact ties are kept or dropped together.
        scores = scores.masked_fill(probs < cutoff, float("-inf"))
    sampled = torch.argmax(scores - torch.log(-torch.log(uniform)), dim=-1).tolist()
    greedy = torch.argmax(logits, dim=-1).tolist()
    return [g if p.temperature <= 0 else s for p, g, s in zip(params, greedy, sampled)]


@functools.cache
def _buffered_layer_class():
    import torch
    from transformers.cache_utils import DynamicLayer

    class BufferedLayer(DynamicLayer):
        """A DynamicLayer whose keys and values live in buffers sized for the whole generation,
        so a decoding step writes in place instead of copying the whole cache (torch.cat)."""

        def __init__(self, keys, values, length: int) -> None:
            self._keys_buf, self._values_buf, self._length = keys, values, length
            self.dtype, self.device = keys.dtype, keys.device
            self.is_initialized = True

        keys = property(lambda self: self._keys_buf[:, :, : self._length])
        values = property(lambda self: self._values_buf[:, :, : self._length])

        @classmethod
        def left_padded(cls, keys: list, values: list, source: list[int], width: int, room: int):
            first = keys[0]
            shape = (len(source), first.shape[1], width + room, first.shape[3])
            keys_buf = first.new_zeros(shape)
            values_buf = values[0].new_zeros((*shape[:3], values[0].shape[3]))
            for row, u in enumerate(source):
                n = keys[u].shape[2]
                keys_buf[row, :, width - n: width] = keys[u][0]
                values_buf[row, :, width - n: width] = values[u][0]
            return cls(keys_buf, values_buf, width)

        def update(self, key_states, value_states, *args, **kwargs):
            n = key_states.shape[-2]
            if self._length + n > self._keys_buf.shape[2]:  # out of room (not expected): grow by half
                grow = max(n, self._keys_buf.shape[2] // 2)
                self._keys_buf, self._values_buf = (
                    torch.cat([buf, buf.new_zeros((*buf.shape[:2], grow, buf.shape[3]))], dim=2)
                    for buf in (self._keys_buf, self._values_buf))
            self._keys_buf[:, :, self._length: self._length + n] = key_states
            self._values_buf[:, :, self._length: self._length + n] = value_states
            self._length += n
            return self.keys, self.values

        def get_seq_length(self) -> int:
            return self._length

        def batch_select_indices(self, indices) -> None:
            self._keys_buf = self._keys_buf[indices]
            self._values_buf = self._values_buf[indices]

        def batch_repeat_interleave(self, repeats: int) -> None:
            self._keys_buf = self._keys_buf.repeat_interleave(repeats, dim=0)
            self._values_buf = self._values_buf.repeat_interleave(repeats, dim=0)

        def reset(self) -> None:
            self._length = 0

        def crop(self, tokens_to_remove: int) -> None:
            if tokens_to_remove < 0:
                self._length = max(0, self._length + tokens_to_remove)

    return BufferedLayer

