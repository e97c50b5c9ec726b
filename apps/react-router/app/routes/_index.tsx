import { Link } from 'react-router'

export default function Home() {
  return (
    <>
      <h1>auth-state on React Router</h1>
      <p>
        Server sessions: the tokens stay on the server, the page holds an HttpOnly cookie. Open{' '}
        <Link to="/account">your account</Link>.
      </p>
    </>
  )
}
