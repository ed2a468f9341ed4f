# jupyter-server configuration baked into the team notebook image.
# Values come from the pod spec written by the spawner.
import os
import random
import secrets

c = get_config()  # noqa: F821 - provided by jupyter when loading this file

NB_USER = os.environ.get("NB_USER", "jovyan")

c.ServerApp.port = int(os.environ.get("NB_PORT", "8888"))
c.ServerApp.base_url = f"/notebooks/{NB_USER}/"
c.ServerApp.root_dir = os.environ.get("NB_WORKSPACE", f"/home/{NB_USER}/work")
c.ServerApp.open_browser = False
c.ServerApp.allow_remote_access = True

# Pods started outside the spawner (debugging, CI smoke tests) mint a token.
c.ServerApp.token = os.environ.get("NB_TOKEN") or secrets.token_urlsafe(32)

# Stagger culling so a node full of pods doesn't sweep kernels at the same second.
c.MappingKernelManager.cull_idle_timeout = 2 * 60 * 60
c.MappingKernelManager.cull_interval = 300 + random.randint(0, 60)
c.MappingKernelManager.cull_connected = False

c.FileContentsManager.delete_to_trash = False
c.ContentsManager.allow_hidden = True
