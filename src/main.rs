fn main() {
    ninh_binh_industry::start();
}
