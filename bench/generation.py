"""Batched TransformersBackend against a one-by-one `model.generate` loop, side by side in one run.

Both sides use the same tiny checkpoint (built in a temporary directory), the same prompts
(~1-2k tokens through the chat template), the same seeds and sampling parameters, and both
generate exactly `--new-tokens` tokens per sample (stop tokens are disabled on both sides so the
work is equal). The workload is the suite's: `--seeds` samples of each prompt (a context variant
is sampled k times), 32 samples in all by default. A second measurement with every prompt
distinct shows the gain without prompt sharing. Ends with one JSON line:
{"bench": "generation", "ratio": ..., "samples_per_s": ...}.

    python bench/generation.py [--prompts 8] [--seeds 4] [--new-tokens 64] [--batch-size 8]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from suite.backends.base import GenerationRequest, SamplingParams  # noqa: E402
from suite.backends.transformers_backend import TransformersBackend  # noqa: E402
from tiny_model import build_tiny_model, default_corpus  # noqa: E402


def make_requests(backend: TransformersBackend, n: int, min_tokens: int, max_tokens: int,
                  params: SamplingParams, seeds: int = 1) -> list[GenerationRequest]:
    """`seeds` samples of each of `n` distinct prompts, whose token counts spread over [min_tokens, max_tokens]."""
    rng = random.Random(0)
    corpus = "\n\n".join(default_corpus())
    requests = []
    for i in range(n):
        target = min_tokens + (max_tokens - min_tokens) * i // max(1, n - 1)
        start = rng.randrange(len(corpus))
        rotated = corpus[start:] + corpus[:start]
        text = rotated
        while len(backend.tokenizer(text, add_special_tokens=False).input_ids) < target:
            text += "\n" + rotated
        text = backend.tokenizer.decode(backend.tokenizer(text, add_special_tokens=False).input_ids[:target])
        messages = ({"role": "system", "content": "You are a senior Python engineer. Reply with whole files."},
                    {"role": "user", "content": f"Repository files:\n{text}\n\nAdd input validation to the handler."})
        requests.extend(GenerationRequest(key=f"p{i}-s{k}", task_id=f"task-{i % 8}", messages=messages,
                                          seed=1000 * k + i, params=params) for k in range(seeds))
    return requests


def run_batched(backend: TransformersBackend, requests: list[GenerationRequest]) -> tuple[float, int]:
    started = time.perf_counter()
    results = list(backend.generate(requests))
    elapsed = time.perf_counter() - started
    assert all(r.error is None for r in results), [r.error for r in results if r.error]
    return elapsed, sum(r.output_tokens for r in results)


def run_one_by_one(backend: TransformersBackend, requests: list[GenerationRequest]) -> tuple[float, int]:
    import torch

    model, tokens = backend.model, 0
    started = time.perf_counter()
    for request in requests:
        ids = torch.tensor([backend.encode(request.messages)], device=model.device)
        torch.manual_seed(request.seed)
        with torch.inference_mode():
            out = model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=True,
                                 temperature=request.params.temperature, top_p=request.params.top_p,
                                 max_new_tokens=request.params.max_new_tokens,
                                 min_new_tokens=request.params.max_new_tokens,
                                 pad_token_id=backend.tokenizer.pad_token_id)
        tokens += out.shape[1] - ids.shape[1]
    return time.perf_counter() - started, tokens


def compare(backend: TransformersBackend, requests: list[GenerationRequest], repeat: int) -> dict:
    """Best-of-`repeat` time of each side, the two sides alternating so that other load on the
    machine penalises neither more than the other."""
    warm = requests[:2]
    run_batched(backend, warm)
    run_one_by_one(backend, warm)
    batched_s = single_s = float("inf")
    for _ in range(repeat):
        elapsed, batched_tokens = run_batched(backend, requests)
        batched_s = min(batched_s, elapsed)
        elapsed, single_tokens = run_one_by_one(backend, requests)
        single_s = min(single_s, elapsed)
    return {"batched_s": batched_s, "single_s": single_s, "batched_tokens": batched_tokens,
            "single_tokens": single_tokens, "ratio": single_s / batched_s, "samples_per_s": len(requests) / batched_s,
            "baseline_samples_per_s": len(requests) / single_s}


def _print_side_by_side(label: str, n: int, m: dict, batch_size: int) -> None:
    print(label)
    print(f"  one-by-one model.generate : {m['single_s']:7.2f} s  {n / m['single_s']:6.2f} samples/s  "
          f"{m['single_tokens'] / m['single_s']:8.1f} new tokens/s")
    print(f"  TransformersBackend (b={batch_size:2d}) : {m['batched_s']:7.2f} s  {n / m['batched_s']:6.2f} samples/s  "
          f"{m['batched_tokens'] / m['batched_s']:8.1f} new tokens/s   ratio {m['ratio']:.2f}")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=8)
    parser.add_argument("--seeds", type=int, default=4, help="samples per prompt")
    parser.add_argument("--min-prompt-tokens", type=int, default=1000)
    parser.add_argument("--max-prompt-tokens", type=int, default=2000)
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--device", default="cpu", help="cpu, cuda or auto")
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (default: torch's choice)")
    parser.add_argument("--repeat", type=int, default=3, help="time each side this many times, keep the best")
    args = parser.parse_args(argv)

    import torch
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    if args.threads:
        torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = build_tiny_model(Path(tmp) / "model")
        backend = TransformersBackend(str(model_dir), device=args.device, batch_size=args.batch_size)
        backend.stop_ids = set()  # equal work: every sample runs to --new-tokens on both sides
        params = SamplingParams(temperature=0.8, top_p=0.95, max_new_tokens=args.new_tokens)
        shared = make_requests(backend, args.prompts, args.min_prompt_tokens, args.max_prompt_tokens, params,
                               args.seeds)
        distinct = make_requests(backend, len(shared), args.min_prompt_tokens, args.max_prompt_tokens, params)
        prompt_tokens = [len(backend.encode(r.messages)) for r in shared]
        main_run = compare(backend, shared, args.repeat)
        distinct_run = compare(backend, distinct, args.repeat)

    n = len(shared)
    print(f"tiny Llama on {backend.device} ({backend.dtype}), {torch.get_num_threads()} CPU threads; "
          f"{n} samples of {args.new_tokens} new tokens; "
          f"prompts of {min(prompt_tokens)}-{max(prompt_tokens)} tokens")
    _print_side_by_side(f"{args.prompts} prompts x {args.seeds} seeds (the suite's workload):", n, main_run,
                        args.batch_size)
    _print_side_by_side(f"{n} distinct prompts (no prompt sharing):", n, distinct_run, args.batch_size)
    summary = {"bench": "generation", "ratio": round(main_run["ratio"], 2),
               "samples_per_s": round(main_run["samples_per_s"], 3),
               "baseline_samples_per_s": round(main_run["baseline_samples_per_s"], 3),
               "ratio_distinct_prompts": round(distinct_run["ratio"], 2), "samples": n, "prompts": args.prompts,
               "seeds_per_prompt": args.seeds, "mean_prompt_tokens": round(sum(prompt_tokens) / n),
               "new_tokens": args.new_tokens, "batch_size": args.batch_size, "device": backend.device,
               "threads": torch.get_num_threads()}
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
