"""Pushes bake recipes to the oven line controllers via the vendor CLI.

Production planners upload a recipe name and target oven from the planning
screen; this worker calls the vendor's `ovenctl` tool to load it.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass

log = logging.getLogger("recipes.push")

VENDOR_TOOL = {
    "binary": "/opt/ovenvendor/bin/ovenctl",
    "template": "{binary} load --oven {oven} --recipe '{recipe}' --timeout {timeout}",
    "timeout": 120,
}


@dataclass
class RecipeJob:
    oven_id: str
    recipe_name: str
    requested_by: str


def _render_command(job: RecipeJob, tool: dict = VENDOR_TOOL) -> str:
    return tool["template"].format(
        binary=tool["binary"],
        oven=job.oven_id,
        recipe=job.recipe_name,
        timeout=tool["timeout"],
    )


def _run_vendor(command: str, **opts) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, **opts)


def push_recipe(job: RecipeJob) -> bool:
    command = _render_command(job)
    log.info("loading recipe %s on %s for %s", job.recipe_name, job.oven_id, job.requested_by)
    result = _run_vendor(command, shell=True, timeout=VENDOR_TOOL["timeout"] + 10)
    if result.returncode != 0:
        log.error("ovenctl failed on %s: %s", job.oven_id, result.stderr.strip())
        return False
    return True


def handle_message(message: dict) -> bool:
    job = RecipeJob(
        oven_id=message["oven"],
        recipe_name=message["recipe"],
        requested_by=message.get("user", "unknown"),
    )
    return push_recipe(job)
