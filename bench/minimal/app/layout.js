// The framework's floor: a Next.js app with nothing in it but one static page per measured size.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
