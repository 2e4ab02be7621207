fn main() { eprintln!("cli: todo"); }
