"""Tasks: small realistic repositories with a ticket, choice points, reference solutions and hidden checks."""

from tasks.loader import TaskError, discover_tasks, load_task, select_tasks
from tasks.model import CATEGORIES, Task, TaskSpec, in_scope
from tasks.render import materialise, render_repo, render_solution, render_text

__all__ = ["TaskError", "discover_tasks", "load_task", "select_tasks", "CATEGORIES", "Task", "TaskSpec",
           "in_scope", "materialise", "render_repo", "render_solution", "render_text"]
