// Runs around every test file: temporary directories made by the helpers are removed.
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/archives.js";

afterAll(removeTempDirs);
