"""Load workflow definitions that users commit to their repositories."""
from pathlib import Path

import yaml

from workflows.schema import WorkflowSpec


class WorkflowFileError(ValueError):
    pass


def load_workflow(path: Path) -> WorkflowSpec:
    try:
        with path.open("r", encoding="utf-8") as fh:
            document = yaml.load(fh, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise WorkflowFileError(f"{path.name}: {exc}") from exc
    if not isinstance(document, dict):
        raise WorkflowFileError(f"{path.name}: expected a mapping at the top level")
    return WorkflowSpec.model_validate(document)


def discover_workflows(repo_root: Path) -> list[WorkflowSpec]:
    folder = repo_root / ".ci" / "workflows"
    return [load_workflow(p) for p in sorted(folder.glob("*.y*ml"))]
