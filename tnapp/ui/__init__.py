"""The Qt front of TNApp: thin widgets over the services of a ``Workspace``."""
