import { main } from "./compile";

main(process.argv[2] ?? "dist/data");
