"""Launch secondary-analysis pipelines for runs that finished demultiplexing.

The orchestrator polls the LIMS for runs in state ``DEMUX_DONE`` and starts
one Nextflow job per run. Parameters (genome, profile, sample sheet) come from
the run's analysis request entered by the project lead.
"""
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("orchestrator.launch")

PIPELINES = {
    "rnaseq": "nf-core/rnaseq -r 3.14.0",
    "sarek": "nf-core/sarek -r 3.4.0",
    "ampliseq": "nf-core/ampliseq -r 2.9.0",
}


@dataclass
class AnalysisRequest:
    run_id: str
    pipeline: str
    genome: str
    samplesheet: str
    profile: str = "slurm"


class PipelineLauncher:
    def __init__(self, work_root: Path, results_root: Path):
        self.work_root = work_root
        self.results_root = results_root

    def _outdir(self, req: AnalysisRequest) -> Path:
        out = self.results_root / req.run_id / req.pipeline
        out.mkdir(parents=True, exist_ok=True)
        return out

    def launch(self, req: AnalysisRequest) -> int:
        if req.pipeline not in PIPELINES:
            raise ValueError(f"unknown pipeline {req.pipeline!r}")
        outdir = self._outdir(req)
        cmd = (
            f"nextflow run {PIPELINES[req.pipeline]} -profile {req.profile} "
            f"--input {req.samplesheet} --genome {req.genome} --outdir {outdir} "
            f"-work-dir {self.work_root / req.run_id} -bg"
        )
        log.info("launching %s for %s", req.pipeline, req.run_id)
        proc = subprocess.run(cmd, shell=True, cwd=outdir, capture_output=True, text=True)
        if proc.returncode != 0:
            log.error("launch failed for %s: %s", req.run_id, proc.stderr.strip())
        return proc.returncode

    def launch_all(self, requests: list[AnalysisRequest]) -> dict[str, int]:
        return {r.run_id: self.launch(r) for r in requests}
