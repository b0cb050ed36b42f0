"""Use cases. The CLI, the GUI and the tests all call these; none imports Qt."""
