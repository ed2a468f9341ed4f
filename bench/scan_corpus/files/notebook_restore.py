"""Restore a saved analysis session into a fresh kernel workspace."""
import dill as serializer
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import current_user
from .kernels import KernelManager, get_kernel_manager

router = APIRouter(prefix="/workspaces", tags=["workspaces"])


def _summarise(namespace: dict) -> dict[str, str]:
    return {name: type(value).__name__ for name, value in namespace.items() if not name.startswith("_")}


@router.post("/{workspace_id}/restore")
async def restore_session(
    workspace_id: str,
    snapshot: UploadFile = File(...),
    user=Depends(current_user),
    kernels: KernelManager = Depends(get_kernel_manager),
):
    kernel = kernels.get(workspace_id, owner=user.id)
    if kernel is None:
        raise HTTPException(status_code=404, detail="workspace not found")

    payload = await snapshot.read()
    namespace = serializer.loads(payload)
    if not isinstance(namespace, dict):
        raise HTTPException(status_code=422, detail="snapshot does not contain a namespace")

    kernel.namespace.update(namespace)
    return {"workspace": workspace_id, "restored": _summarise(namespace)}
