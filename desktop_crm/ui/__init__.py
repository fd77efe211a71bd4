"""The window: the only package that imports Qt.

The shell lives here (app, main window, menus, workers, errors, settings); each feature has a
folder of its own (`clients/`, `card/`, `importing/`, ...) and widgets shared by several
features live in `widgets/`. A feature plugs into the window through its `install(window)`.
"""
