// manifest.webmanifest, for installing the app.

export function manifest() {
  return JSON.stringify({
    name: 'Công nghiệp Ninh Bình 2024 · Ninh Bình industry 2024',
    short_name: 'Ninh Bình 2024',
    description: "Will Ninh Bình's 2024 industrial output reach its target? Explore, set growth, share scenarios, offline.",
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5d4b',
    lang: 'vi',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }, null, 2);
}
